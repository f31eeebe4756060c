-- Shared by every workload script: the seeded users (token and ids), the simulated clients, random ids, and the
-- result line that the Java driver reads. wrk runs this file in its main Lua state and once in each thread's state.
--
-- A simulated client is one user who keeps its token for the whole run, as a real client does (the services' verified
-- token cache then works as it would in production). wrk's Lua API does not say which connection request() is for,
-- so each thread has as many clients as it has connections and sends for them in turn: the users (and tokens) in use
-- are exactly one per connection. PULSE_BENCH_TOKENS=random instead draws a random user for every request (how the
-- benchmark ran before; the "random tokens" variant measures what reusing tokens saves). PULSE_BENCH_OFFSET (set
-- by the driver, different every run) picks which users the clients are.
local M = {}

-- users.csv: token,userId,sessionId,ideaId,bigSessionId,conversationId ("-" when the user has none)
M.rows = {}
for line in io.lines(os.getenv("PULSE_BENCH_USERS")) do
  local fields = {}
  for value in string.gmatch(line, "([^,]+)") do fields[#fields + 1] = value end
  M.rows[#M.rows + 1] = { token = fields[1], user = fields[2], session = fields[3], idea = fields[4],
                          big = fields[5], conversation = fields[6] }
end

local withSession, withSmall, withBig, hot = {}, {}, {}, {}
for i, row in ipairs(M.rows) do
  if row.session ~= "-" then withSession[#withSession + 1] = row end
  if row.session ~= "-" and row.session ~= row.big then withSmall[#withSmall + 1] = row end
  if row.big ~= "-" then withBig[#withBig + 1] = row end
  if i <= 50 then hot[#hot + 1] = row end
end

local clientsOf, turnOf = {}, {}

-- The next client (a row of `pool`) of this thread, in turn; or, with random tokens, any row of the pool.
function M.client(pool)
  if M.randomTokens then return pool[math.random(#pool)] end
  local clients = clientsOf[pool]
  if clients == nil then
    clients = {}
    local first = M.offset + (M.tid - 1) * M.perThread
    for i = 1, math.min(M.perThread, #pool) do clients[i] = pool[(first + i - 1) % #pool + 1] end
    clientsOf[pool], turnOf[pool] = clients, 0
  end
  turnOf[pool] = turnOf[pool] % #clients + 1
  return clients[turnOf[pool]]
end

function M.sessionRows() return withSession end
function M.rowWithSession() return M.client(withSession) end
-- A client with a session of about 22 ideas (ideas added go there, never into the 200-idea sessions clustered).
function M.rowWithSmallSession() return M.client(#withSmall > 0 and withSmall or withSession) end
function M.rowWithBigSession() return M.client(withBig) end
-- A client among the 50 busiest users (the summary cache's repeated mix).
function M.hotRow() return M.client(hot) end

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
  local threadsCount = tonumber(os.getenv("PULSE_BENCH_THREADS") or "1")
  M.perThread = math.max(1, math.floor(tonumber(os.getenv("PULSE_BENCH_CONNECTIONS") or "1") / threadsCount))
  M.offset = tonumber(os.getenv("PULSE_BENCH_OFFSET") or "0")
  M.randomTokens = os.getenv("PULSE_BENCH_TOKENS") == "random"
  M.statuses = {}
  M.firstError = nil
  M.hits = 0
  M.answers = 0
  M.ok = 0
  M.busy = 0
  M.owed = {}
  M.waits = 0
  M.waitMs = 0
end

function M.row()
  return M.client(M.rows)
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

-- Counts answers (and, for the summary cache, hits; and the 2xx ones); keeps the first error body for the report. With
-- Retry-After honoured, a 503 that carries it is the service's back-pressure, counted apart (busy), not an error.
function M.response(status, headers, body)
  M.answers = M.answers + 1
  if status < 300 then M.ok = M.ok + 1 end
  local wait = M.honourRetryAfter and status == 503 and M.retryAfterMs(headers)
  if wait then
    M.busy = M.busy + 1
    M.owed[#M.owed + 1] = wait
  elseif status >= 300 and M.firstError == nil then
    M.firstError = status .. " " .. string.sub(body or "", 1, 300)
  end
  if body and string.find(body, '"cached":true', 1, true) then
    M.hits = M.hits + 1
  end
end

-- Retry-After in milliseconds (delay-seconds form), or nil when the response has none.
function M.retryAfterMs(headers)
  for name, value in pairs(headers or {}) do
    if string.lower(name) == "retry-after" and tonumber(value) then return math.floor(tonumber(value) * 1000) end
  end
  return nil
end

-- wrk's delay() hook: called (when defined) before each request a connection sends, right after that connection's
-- previous answer. The waits owed are one queue per thread (wrk gives the hook no connection): each Retry-After is
-- paid once, by whichever of the thread's connections writes next, for the next client in turn. So each 503 costs
-- one of the thread's connections a pause of Retry-After; the refused connection itself may retry at once when
-- another one's answer came in the same batch, and the refused user comes round again later with no wait of its own.
-- Totals hold (waits = busy, time waited = the sum of Retry-After). wrk times a request from when it is written, so
-- waits are not latency.
function M.delay()
  if #M.owed == 0 then return 0 end
  local wait = table.remove(M.owed, 1)
  M.waits = M.waits + 1
  M.waitMs = M.waitMs + wait
  return wait
end

local function escape(s)
  return (string.gsub(s or "", '[%c"\\]', function(c) return string.format("\\u%04x", string.byte(c)) end))
end

local counted = { "hits", "answers", "ok", "busy", "waits", "waitMs" }

function M.done(summary, latency, requests)
  local totals, firstError = {}, nil
  for _, name in ipairs(counted) do totals[name] = 0 end
  for _, thread in ipairs(threads) do
    for _, name in ipairs(counted) do totals[name] = totals[name] + (thread:get(name) or 0) end
    firstError = firstError or thread:get("firstError")
  end
  local e = summary.errors
  io.write(string.format('PULSE_RESULT {"requests":%d,"duration_us":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency":{"p50":%d,"p90":%d,"p99":%d,"max":%d},' ..
    '"extra":{"cacheHits":%d,"answers":%d,"ok":%d,"busy":%d,"waits":%d,"waitMs":%d,"firstError":"%s"}}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50.0), latency:percentile(90.0), latency:percentile(99.0), latency.max,
    totals.hits, totals.answers, totals.ok, totals.busy, totals.waits, totals.waitMs, escape(firstError)))
end

-- Copies the thread's counters to globals, where done() reads them (thread:get).
local function publish()
  hits, answers, ok, busy, waits, waitMs, firstError = M.hits, M.answers, M.ok, M.busy, M.waits, M.waitMs, M.firstError
end

-- Wires the callbacks wrk looks for as globals; a workload script only defines request(). With
-- { honourRetryAfter = true }, or for every script when the driver sets PULSE_BENCH_RETRY_AFTER=honour (the replica
-- benchmark), a 503 with Retry-After makes the next request wait that long (wrk's delay hook).
function M.install(options)
  setup = M.setup
  init = function(args) M.init() end
  response = function(status, headers, body)
    M.response(status, headers, body)
    publish()
  end
  done = M.done
  if (options and options.honourRetryAfter) or os.getenv("PULSE_BENCH_RETRY_AFTER") == "honour" then
    M.honourRetryAfter = true
    delay = function()
      local wait = M.delay()
      publish()
      return wait
    end
  end
end

return M
