package.path = os.getenv("PULSE_BENCH_LUA") .. "/?.lua;" .. package.path
local c = require("common")
c.install()
-- Clustering a session of 200 ideas by meaning (the ideas' embeddings are kept between calls).
request = function()
  local row = c.rowWithBigSession()
  return wrk.format("POST", "/api/brainstorm/sessions/" .. row.big .. "/clusters", c.headers(row))
end
