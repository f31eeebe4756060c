package.path = os.getenv("PULSE_BENCH_LUA") .. "/?.lua;" .. package.path
local c = require("common")
c.install()
-- An idea added to the caller's session (at its current step).
local ideas = { "Offer a guided tour on first launch", "Let users import contacts in one tap",
  "Send a friendly check-in after the first week", "Add a dark mode toggle to the welcome screen",
  "Reward the first message with a small animation", "Show tips based on what the user does first" }
request = function()
  local row = c.rowWithSmallSession()
  local body = '{"text":"' .. ideas[math.random(#ideas)] .. ' (' .. string.sub(c.uuid(), 1, 8) .. ')"}'
  return wrk.format("POST", "/api/brainstorm/sessions/" .. row.session .. "/ideas", c.headers(row), body)
end
