package.path = os.getenv("PULSE_BENCH_LUA") .. "/?.lua;" .. package.path
local c = require("common")
c.install()
-- A 50-message thread that was never summarised (a new nonce each time): the engine runs and the summary is stored.
local threads = require("threads")
request = function()
  local row = c.row()
  return wrk.format("POST", "/api/summaries", c.headers(row), threads.summaryRequest(row.conversation, 50, c.uuid()))
end
