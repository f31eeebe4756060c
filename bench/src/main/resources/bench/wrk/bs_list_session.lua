package.path = os.getenv("PULSE_BENCH_LUA") .. "/?.lua;" .. package.path
local c = require("common")
c.install()
-- The first page of a session's ideas with their votes.
request = function()
  local row = c.rowWithSession()
  return wrk.format("GET", "/api/brainstorm/sessions/" .. row.session .. "/ideas?limit=50", c.headers(row))
end
