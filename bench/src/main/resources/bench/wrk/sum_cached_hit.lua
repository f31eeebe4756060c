package.path = os.getenv("PULSE_BENCH_LUA") .. "/?.lua;" .. package.path
local c = require("common")
c.install()
-- Cache hits only: every request asks again for one of the few threads of the client's user that sum_cached (run
-- just before) has had summarised, with an identical body. What a client re-opening a thread's recap costs; the
-- first request of a thread nobody asked for yet would run the engine, which the hit rate in the report shows.
local threads = require("threads")
request = function()
  local row = c.hotRow()
  local body = threads.summaryRequest(row.conversation, 30, "variant-" .. math.random(4))
  return wrk.format("POST", "/api/summaries", c.headers(row), body)
end
