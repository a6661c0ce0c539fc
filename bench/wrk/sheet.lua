-- One printable weekly sheet (static render), printed by gym staff for one athlete picked at random.
local bench = dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local athletes = bench.athletes()
local day = os.getenv("BENCH_DAY")
local cookie = os.getenv("BENCH_COOKIE")
bench.seed()
done = bench.done

request = function()
  return wrk.format("GET", "/sheets/print?week=" .. day .. "&athlete=" .. bench.pick(athletes).id, { ["Cookie"] = cookie })
end
