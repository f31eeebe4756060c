package.path = os.getenv("PULSE_BENCH_LUA") .. "/?.lua;" .. package.path
local c = require("common")
c.install()
-- A vote on an idea of the caller's session, then, the next time this user comes round, the vote taken back:
-- every request is a write and nobody runs past the session's vote limit. Users are visited in turn, far apart
-- (each wrk thread has its own half of them), so a user's two requests are never in flight together.
-- wrk calls request() once on the first thread's state to check the script and never sends that request: that
-- call must not count as a vote, or the user's next turn would take back a vote never cast (a 404).
local turn = 0
local voted = {}
local checked = false
request = function()
  if not checked and c.tid == 1 then
    checked = true
    local row = c.sessionRows()[1]
    return wrk.format("POST", "/api/brainstorm/sessions/" .. row.session .. "/ideas/" .. row.idea .. "/votes",
      c.headers(row), "{}")
  end
  local rows = c.sessionRows()
  local threadsCount = tonumber(os.getenv("PULSE_BENCH_THREADS") or "1")
  local perThread = math.max(1, math.floor(#rows / threadsCount))
  turn = turn + 1
  local index = (c.tid - 1) + threadsCount * (turn % perThread) + 1
  local row = rows[index]
  local path = "/api/brainstorm/sessions/" .. row.session .. "/ideas/" .. row.idea .. "/votes"
  if voted[index] then
    voted[index] = false
    return wrk.format("DELETE", path, c.headers(row))
  end
  voted[index] = true
  return wrk.format("POST", path, c.headers(row), "{}")
end
