-- The benchmark's query mix for wrk: keyword searches (unaccented and
-- accented), keyword + filters, keyword + commune radius, browsing by filters
-- only, and (optionally) typeahead. Every search also computes facets.
--
--   BENCH_PREFIX   /api/v1 (tantivy, default) or /api/v1/bench/pg (PostgreSQL FTS)
--   BENCH_SUGGEST  1 to add typeahead requests (not served by the baseline)
--   BENCH_URLS     write the mix's paths to this file and exit (for oha)
--
-- Each wrk thread walks the same fixed list from its own offset, so runs are
-- repeatable and both back-ends get exactly the same queries.

local prefix = os.getenv("BENCH_PREFIX") or "/api/v1"
local suggest = os.getenv("BENCH_SUGGEST") == "1"

local function enc(s)
  return (s:gsub("[^%w%-_%.~]", function(c)
    return string.format("%%%02X", string.byte(c))
  end))
end

local keywords = {
  "sua xe may", "thợ hàn", "trong nam", "may cong nghiep", "điện dân dụng",
  "cham soc lon", "lái máy xúc", "tho xay", "dien lanh", "nuoi ong",
  "gom su", "son mai", "tin hoc van phong", "ban hang online", "sửa điều hòa",
  "han mig", "trong rau thuy canh", "che bien nong san", "tho moc", "lap dat dien mat troi",
  "chăm sóc cây ăn quả", "van hanh may cnc", "may tre dan", "thu y", "lap rap linh kien dien tu",
}
local communes = { "09700", "09574", "09619", "00004", "00070", "00376", "10015", "09877" }
local levels = { "so_cap", "short_course", "trung_cap" }
local kinds = { "permanent", "seasonal", "contract" }

local paths = {}
local function add(p) paths[#paths + 1] = p end

for i, kw in ipairs(keywords) do
  local q = enc(kw)
  local commune = communes[(i % #communes) + 1]
  add(prefix .. "/courses/search?q=" .. q)
  add(prefix .. "/demands/search?q=" .. q)
  add(prefix .. "/demands/search?q=" .. q .. "&commune=" .. commune .. "&radius_km=20")
  add(prefix .. "/courses/search?q=" .. q .. "&level=" .. levels[(i % #levels) + 1] .. "&max_fee=3000000")
  add(prefix .. "/demands/search?q=" .. q .. "&employment_type=" .. kinds[(i % #kinds) + 1] .. "&min_wage=7000000")
  add(prefix .. "/courses/search?q=" .. q .. "&mode=in_person&starts_after=2026-01-01&page=2")
end
for i, commune in ipairs(communes) do
  add(prefix .. "/demands/search?commune=" .. commune .. "&radius_km=15")
  add(prefix .. "/courses/search?commune=" .. commune .. "&radius_km=25&level=" .. levels[(i % #levels) + 1])
  add(prefix .. "/demands/search?employment_type=" .. kinds[(i % #kinds) + 1] .. "&min_wage=8000000")
end
if suggest then
  for _, typed in ipairs({ "dien d", "sua x", "han", "trong n", "cham s", "may c", "lap d", "tho" }) do
    add("/api/v1/skills/suggest?q=" .. enc(typed))
    add("/api/v1/occupations/suggest?q=" .. enc(typed))
  end
end

local urls = os.getenv("BENCH_URLS")
if urls then
  local base = os.getenv("BENCH_BASE") or "http://127.0.0.1:18080"
  local f = assert(io.open(urls, "w"))
  for _, p in ipairs(paths) do f:write(base .. p .. "\n") end
  f:close()
  os.exit(0)
end

local threads = 0
function setup(thread)
  thread:set("offset", threads * 7)
  threads = threads + 1
end

local n = 0
function init(args)
  n = tonumber(offset) or 0
end

function request()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end

local errors = 0
function response(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
    if errors <= 3 then io.stderr:write("status " .. status .. ": " .. body:sub(1, 200) .. "\n") end
  end
end

function done(summary, latency, requests)
  io.write(string.format(
    "mix: %d paths; requests %d, non-2xx %d, socket errors %d; req/s %.1f; p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    #paths, summary.requests, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
