-- Shared by the scenario scripts (loaded with dofile): the athletes list the seeder wrote, a random pick, and one
-- machine-readable summary line that bench/run.sh reads.
local bench = {}

-- Each line of BENCH_LIST is "athlete id<TAB>e-mail<TAB>access token".
function bench.athletes()
  local list = {}
  for line in io.lines(os.getenv("BENCH_LIST")) do
    local id, email, token = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)$")
    if id then list[#list + 1] = { id = id, email = email, token = token } end
  end
  assert(#list > 0, "BENCH_LIST holds no athletes")
  return list
end

function bench.pick(list)
  return list[math.random(#list)]
end

function bench.seed()
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function bench.done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"rps":%.2f,"p50_ms":%.3f,"p99_ms":%.3f,"errors":%d,"non2xx":%d}\n',
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end

return bench
