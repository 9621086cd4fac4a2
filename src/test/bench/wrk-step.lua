-- A learner's step page with signed-in guests' cookies in rotation, for wrk (README, Performance).
-- The cookies file has one "JSESSIONID=..." a line; PageLoad writes it (cookies=target/bench/cookies.txt).
-- Thread t of T takes the guests t, t+T, t+2T, ... in turn, so no guest has two requests at once
-- as long as there are more guests than connections. WRK_THREADS must match wrk's -t (default 2).
--   wrk -t2 -c16 -d15s --latency -H 'Accept-Encoding: gzip' -s src/test/bench/wrk-step.lua \
--       'http://127.0.0.1:9080/learn/step.xhtml?module=benefits-form&step=welcome'
local next_id = 0

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
end

function init(args)
   local threads = tonumber(os.getenv("WRK_THREADS") or "2")
   cookies = {}
   local n = 0
   for line in io.lines(os.getenv("GEFYRA_COOKIES") or "target/bench/cookies.txt") do
      if n % threads == id then
         cookies[#cookies + 1] = line
      end
      n = n + 1
   end
   turn = 0
end

function request()
   turn = turn % #cookies + 1
   return wrk.format("GET", nil, { ["Cookie"] = cookies[turn] })
end

function response(status, headers, body)
   if status ~= 200 then
      print("answered " .. status)
   end
end
