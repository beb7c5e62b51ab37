-- wrk script for bench/run.sh. Settings come from the environment:
--   BENCH_COOKIE   the Cookie header (a signed-in session; empty for the baseline)
--   BENCH_PATH     the request path; for a POST, "{id}" is replaced by the incident id of the item
--   BENCH_EXPECT   the status every answer must have (200, or 302 for a POST)
--   BENCH_POST     empty for GET; else the file of the POST's items, one "incident checkInId version" a line
--   BENCH_TOKEN    the antiforgery token sent with each POST
--   BENCH_THREADS  wrk's thread count (-t)
-- A POST marks the next item's check-in done (it already is: the POST changes nothing, so it can repeat
-- forever with the same version; each real change would give the incident a new version).
-- done() prints "unexpected <count> <first status>": answers with another status than BENCH_EXPECT.

local cookie = os.getenv("BENCH_COOKIE") or ""
local path = os.getenv("BENCH_PATH")
local expect = tonumber(os.getenv("BENCH_EXPECT"))
local post_file = os.getenv("BENCH_POST") or ""
local token = os.getenv("BENCH_TOKEN") or ""
local thread_count = tonumber(os.getenv("BENCH_THREADS") or "1")
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local items = {}
local next_item = 1
unexpected = 0
first_status = "-"

function init(args)
  if post_file ~= "" then
    for line in io.lines(post_file) do
      local incident, check_in, version = line:match("^(%S+) (%S+) (%S+)$")
      if incident then table.insert(items, { incident = incident, check_in = check_in, version = version }) end
    end
    -- Threads take every n-th item.
    local mine = {}
    for i, item in ipairs(items) do
      if (i - 1) % thread_count == id then table.insert(mine, item) end
    end
    items = mine
  end
end

local headers = { ["Cookie"] = cookie }

function request()
  if post_file == "" then
    return wrk.format("GET", path, headers)
  end
  local item = items[next_item]
  next_item = next_item % #items + 1
  local body = "checkInId=" .. item.check_in .. "&done=true"
    .. "&Data.Version=" .. item.version .. "&__RequestVerificationToken=" .. token
  return wrk.format("POST", path:gsub("{id}", item.incident), {
    ["Cookie"] = cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, body)
end

function response(status, headers, body)
  if status ~= expect then
    if unexpected == 0 then first_status = tostring(status) end
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local total, first = 0, "-"
  for _, thread in ipairs(threads) do
    local n = thread:get("unexpected") or 0
    if n > 0 and first == "-" then first = thread:get("first_status") end
    total = total + n
  end
  io.write(string.format("unexpected %d %s\n", total, first))
end
