package.path = os.getenv("PULSE_BENCH_LUA") .. "/?.lua;" .. package.path
local c = require("common")
c.install()
-- The first page of a user's rules.
request = function()
  return wrk.format("GET", "/api/auto-responses/rules?limit=50", c.headers(c.row()))
end
