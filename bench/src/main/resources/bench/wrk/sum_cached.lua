package.path = os.getenv("PULSE_BENCH_LUA") .. "/?.lua;" .. package.path
local c = require("common")
c.install()
-- The repeated-request mix: nine requests in ten ask again for one of a few threads of the 50 busiest users
-- (identical bodies: cache hits once computed), one in ten is a thread nobody asked for before (a miss).
local threads = require("threads")
request = function()
  local body
  local row
  if math.random(10) == 1 then
    row = c.row()
    body = threads.summaryRequest(row.conversation, 30, c.uuid())
  else
    local index = math.random(math.min(50, #c.rows))
    row = c.rows[index]
    body = threads.summaryRequest(row.conversation, 30, "variant-" .. math.random(4))
  end
  return wrk.format("POST", "/api/summaries", c.headers(row), body)
end
