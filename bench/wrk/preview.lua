-- The engine as a service: a profile in, a 4-week block out, no database. Body weights vary so no two requests match.
local bench = dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local start = os.getenv("BENCH_DAY")
bench.seed()
done = bench.done

local template = [[{"bodyWeightKg":%d,"runningBaseWeeks":%d,"fiveKmTime":"%d:%02d",
"lifts":{"squat":{"oneRepMaxKg":140},"benchPress":{"weightKg":80,"reps":8},"deadlift":{"oneRepMaxKg":180},"overheadPress":{"oneRepMaxKg":60}},
"availableDays":["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"],"startDate":"%s","weeks":4}]]

request = function()
  local body = string.format(template, math.random(55, 100), math.random(0, 40), math.random(19, 29), math.random(0, 59), start)
  return wrk.format("POST", "/api/v1/plans/preview", { ["Content-Type"] = "application/json" }, body)
end
