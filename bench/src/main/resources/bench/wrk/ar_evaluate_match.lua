package.path = os.getenv("PULSE_BENCH_LUA") .. "/?.lua;" .. package.path
local c = require("common")
c.install()
-- An incoming email that a rule matches, from a new sender in a new conversation, so that no cooldown or cap
-- suppresses it: the reply is rendered, the cooldown row taken and the audit log row written.
request = function()
  local row = c.row()
  local body = '{"messageId":"' .. c.uuid() .. '","conversationId":"' .. c.uuid() .. '",' ..
    '"sender":{"id":"' .. c.uuid() .. '","name":"Jordan Lee","email":"jordan@example.org"},' ..
    '"content":"Hello, I would like a refund for my last order, the package arrived damaged.",' ..
    '"sentAt":"' .. c.iso() .. '","channel":"email"}'
  return wrk.format("POST", "/api/auto-responses/evaluate", c.headers(row), body)
end
