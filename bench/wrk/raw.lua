-- Raw baseline: one athlete row read with a prepared Npgsql command (Benchmark environment only).
local bench = dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local athletes = bench.athletes()
bench.seed()
done = bench.done

request = function()
  return wrk.format("GET", "/bench/raw/athletes/" .. bench.pick(athletes).id)
end
