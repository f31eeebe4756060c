package.path = os.getenv("PULSE_BENCH_LUA") .. "/?.lua;" .. package.path
local c = require("common")
c.install()
-- The repeated-request mix: the clients are among the 50 busiest users; nine requests in ten ask again for one of a
-- few threads of the client's user (identical bodies: cache hits once computed), one in ten is a thread nobody asked
-- for before (a miss).
local threads = require("threads")
request = function()
  local row = c.hotRow()
  local body
  if math.random(10) == 1 then
    body = threads.summaryRequest(row.conversation, 30, c.uuid())
  else
    body = threads.summaryRequest(row.conversation, 30, "variant-" .. math.random(4))
  end
  return wrk.format("POST", "/api/summaries", c.headers(row), body)
end
