-- One athlete's week through the real API, signed in with that athlete's personal access token.
local bench = dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local athletes = bench.athletes()
local day = os.getenv("BENCH_DAY")
bench.seed()
done = bench.done

request = function()
  local a = bench.pick(athletes)
  return wrk.format("GET", "/api/v1/athletes/" .. a.id .. "/weeks/" .. day, { ["Authorization"] = "Bearer " .. a.token })
end
