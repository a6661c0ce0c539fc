-- The coach dashboard's data for the signed-in coach (30 clients), through CoachDesk.ListClientsAsync.
local bench = dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local cookie = os.getenv("BENCH_COOKIE")
done = bench.done

request = function()
  return wrk.format("GET", "/bench/coach/clients", { ["Cookie"] = cookie })
end
