package.path = os.getenv("PULSE_BENCH_LUA") .. "/?.lua;" .. package.path
local c = require("common")
c.install()
-- Stateless sentiment of 100 short texts in one call.
local threads = require("threads")
local body = threads.sentimentBatch(100)
request = function()
  return wrk.format("POST", "/api/intelligence/sentiment", c.headers(c.row()), body)
end
