-- Shared by every workload script: the seeded users (token and ids), random ids, and the result line that the
-- Java driver reads. wrk runs this file in its main Lua state and once in each thread's state.
local M = {}

-- users.csv: token,userId,sessionId,ideaId,bigSessionId,conversationId ("-" when the user has none)
M.rows = {}
for line in io.lines(os.getenv("PULSE_BENCH_USERS")) do
  local fields = {}
  for value in string.gmatch(line, "([^,]+)") do fields[#fields + 1] = value end
  M.rows[#M.rows + 1] = { token = fields[1], user = fields[2], session = fields[3], idea = fields[4],
                          big = fields[5], conversation = fields[6] }
end

local withSession, withBig = {}, {}
for _, row in ipairs(M.rows) do
  if row.session ~= "-" then withSession[#withSession + 1] = row end
  if row.big ~= "-" then withBig[#withBig + 1] = row end
end

function M.sessionRows() return withSession end
function M.rowWithSession() return withSession[math.random(#withSession)] end
function M.rowWithBigSession() return withBig[math.random(#withBig)] end

local threads = {}
local counter = 0

-- Runs in the main state once per thread: an id for seeding each thread's random numbers differently.
function M.setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  threads[#threads + 1] = thread
end

function M.init()
  M.tid = tid or 1
  math.randomseed(os.time() * 1000 + M.tid * 7919)
  M.statuses = {}
  M.firstError = nil
  M.hits = 0
  M.answers = 0
end

function M.row()
  return M.rows[math.random(#M.rows)]
end

local hexdigits = "0123456789abcdef"
local function hex(n)
  local out = {}
  for i = 1, n do
    local d = math.random(16)
    out[i] = string.sub(hexdigits, d, d)
  end
  return table.concat(out)
end

function M.uuid()
  return hex(8) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-a" .. hex(3) .. "-" .. hex(12)
end

function M.headers(row)
  return { ["Authorization"] = "Bearer " .. row.token, ["Content-Type"] = "application/json",
           ["Accept"] = "application/json" }
end

function M.iso(secondsAgo)
  return os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - (secondsAgo or 0))
end

-- Counts answers (and, for the summary cache, hits); keeps the first error body for the report.
function M.response(status, headers, body)
  M.answers = M.answers + 1
  if status >= 300 and M.firstError == nil then
    M.firstError = status .. " " .. string.sub(body or "", 1, 300)
  end
  if body and string.find(body, '"cached":true', 1, true) then
    M.hits = M.hits + 1
  end
end

local function escape(s)
  return (string.gsub(s or "", '[%c"\\]', function(c) return string.format("\\u%04x", string.byte(c)) end))
end

function M.done(summary, latency, requests)
  local hits, answers, firstError = 0, 0, nil
  for _, thread in ipairs(threads) do
    hits = hits + (thread:get("hits") or 0)
    answers = answers + (thread:get("answers") or 0)
    firstError = firstError or thread:get("firstError")
  end
  local e = summary.errors
  io.write(string.format('PULSE_RESULT {"requests":%d,"duration_us":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency":{"p50":%d,"p90":%d,"p99":%d,"max":%d},' ..
    '"extra":{"cacheHits":%d,"answers":%d,"firstError":"%s"}}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50.0), latency:percentile(90.0), latency:percentile(99.0), latency.max,
    hits, answers, escape(firstError)))
end

-- Wires the callbacks wrk looks for as globals; a workload script only defines request().
function M.install()
  setup = M.setup
  init = function(args) M.init() end
  response = function(status, headers, body)
    M.response(status, headers, body)
    hits, answers, firstError = M.hits, M.answers, M.firstError
  end
  done = M.done
end

return M
