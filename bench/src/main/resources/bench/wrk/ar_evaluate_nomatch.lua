package.path = os.getenv("PULSE_BENCH_LUA") .. "/?.lua;" .. package.path
local c = require("common")
c.install()
-- An incoming chat message that none of the user's rules matches: the read path of evaluate.
request = function()
  local row = c.row()
  local body = '{"messageId":"' .. c.uuid() .. '","conversationId":"' .. c.uuid() .. '",' ..
    '"sender":{"id":"' .. c.uuid() .. '","name":"Sam Taylor","email":"sam@example.org"},' ..
    '"content":"Hi! Are we still on for the team lunch on Thursday? Let me know if the time changed.",' ..
    '"sentAt":"' .. c.iso() .. '","channel":"chat","knownContact":true}'
  return wrk.format("POST", "/api/auto-responses/evaluate", c.headers(row), body)
end
