package.path = os.getenv("PULSE_BENCH_LUA") .. "/?.lua;" .. package.path
local c = require("common")
c.install()
-- A 100-message conversation analysed for the first time (a new conversation id each request).
local threads = require("threads")
local body = threads.analyzeRequest(100)
request = function()
  return wrk.format("POST", "/api/intelligence/conversations/" .. c.uuid() .. "/analyze", c.headers(c.row()), body)
end
