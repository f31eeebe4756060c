package.path = os.getenv("PULSE_BENCH_LUA") .. "/?.lua;" .. package.path
local c = require("common")
c.install({ honourRetryAfter = true })
-- Clustering a session of 200 ideas by meaning (the ideas' embeddings are kept between calls). The service admits a
-- few clusterings at a time and refuses the rest with 503 and Retry-After: a refused client waits that long before
-- its next request, as a real one would, so the figures are clusterings, not fast refusals.
request = function()
  local row = c.rowWithBigSession()
  return wrk.format("POST", "/api/brainstorm/sessions/" .. row.big .. "/clusters", c.headers(row))
end
