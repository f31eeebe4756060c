-- Realistic request bodies: a team thread for the summaries, a support conversation for the analysis, short
-- texts for the sentiment batch. Built from a few dozen real-sounding lines, with fixed ids and times so that the
-- same arguments give the same body (the summary cache keys on it).
local M = {}

local people = {
  { id = "6a1f7c2e-0d3b-4c5a-9e8f-1a2b3c4d5e01", name = "Alice Martin" },
  { id = "6a1f7c2e-0d3b-4c5a-9e8f-1a2b3c4d5e02", name = "Bob Chen" },
  { id = "6a1f7c2e-0d3b-4c5a-9e8f-1a2b3c4d5e03", name = "Carol Diaz" },
  { id = "6a1f7c2e-0d3b-4c5a-9e8f-1a2b3c4d5e04", name = "Dev Patel" },
}

local lines = {
  "Morning all, quick sync on the release. Where are we with the build?",
  "The build is green. I'll send the release notes by Friday.",
  "Great work! The marketing page is ready but legal hasn't approved the privacy policy yet.",
  "Carol, can you chase legal today? We can't launch without their sign-off.",
  "Sure, I'll ping them right after lunch.",
  "Should we launch on the 3rd or wait until the 8th for the Android fixes?",
  "Let's go with the 3rd, the Android fixes can ship in a patch.",
  "QA just found a crash on Android 12 when opening the camera. That's really bad.",
  "Ugh, that's frustrating. Customers will hate a crash on day one.",
  "Agreed. We decided to move the launch to the 8th instead.",
  "Makes sense. Alice, could you update the launch checklist by tomorrow?",
  "Does anyone know who is writing the announcement email?",
  "I can draft it, I'll share a first version on Wednesday.",
  "Thanks Dev! Please keep it short and link to the changelog.",
  "The support team needs the FAQ updated before launch too.",
  "I'll take the FAQ. Do we have the final pricing?",
  "Pricing is final: 9 euros a month, 90 a year.",
  "Perfect. Can someone check the app store screenshots?",
  "Screenshots are done, uploaded them this morning.",
  "Awesome, thanks everyone, great teamwork!",
}

local base = 1795510800 -- 2026-11-24T09:00:00Z

local function iso(t)
  return os.date("!%Y-%m-%dT%H:%M:%SZ", t)
end

local function messageId(i)
  return string.format("00000000-0000-4000-8000-%012d", i)
end

-- A summary request for an n-message thread; the nonce goes into one message, so another nonce is another
-- thread for the cache.
function M.summaryRequest(conversation, n, nonce)
  local parts = {}
  for i = 1, n do
    local who = people[(i - 1) % #people + 1]
    local text = lines[(i - 1) % #lines + 1]
    if i == n then text = text .. " (ref " .. nonce .. ")" end
    parts[#parts + 1] = '{"id":"' .. messageId(i) .. '","sender":{"id":"' .. who.id .. '","name":"' .. who.name ..
      '"},"content":"' .. text .. '","sentAt":"' .. iso(base + i * 120) .. '"}'
  end
  return '{"conversationId":"' .. conversation .. '","type":"thread","messages":[' .. table.concat(parts, ",") ..
    '],"options":{"maxKeyPoints":5,"timeZone":"Europe/Paris"}}'
end

function M.analyzeRequest(n)
  local parts = {}
  for i = 1, n do
    local who = people[(i - 1) % #people + 1]
    parts[#parts + 1] = '{"id":"m' .. i .. '","sender":{"id":"' .. who.id .. '","name":"' .. who.name ..
      '"},"content":"' .. lines[(i - 1) % #lines + 1] .. '","sentAt":"' .. iso(base + i * 300) .. '"}'
  end
  return '{"messages":[' .. table.concat(parts, ",") .. ']}'
end

function M.sentimentBatch(n)
  local parts = {}
  for i = 1, n do
    parts[#parts + 1] = '"' .. lines[(i - 1) % #lines + 1] .. '"'
  end
  return '{"texts":[' .. table.concat(parts, ",") .. ']}'
end

return M
