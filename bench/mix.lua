-- wrk script of bench/mix.sh: replays a request sequence written by `mix.py prepare`.
--
--   wrk -t2 -c64 -d60s --latency -s bench/mix.lua http://127.0.0.1:PORT -- requests.tsv [statuses]
--
-- Each line of the file is one request: path, Cookie header (the reader's session and language),
-- and 1 when it is an htmx request (查看更多), tab-separated. The file is read once per thread and
-- every request is formatted up front, so that picking the next one costs nothing. Thread n starts
-- at the n-th part of the sequence and walks it in order, wrapping around at the end.
--
-- wrk's Lua cannot tell which connection a request goes out on, so the reader travels with each
-- request (its own Cookie header) rather than with a connection.
--
-- wrk itself counts answers of 400 and above as errors. With "statuses" the script also counts
-- every answer outside 200-299 (a 3xx would be a redirect to the gate or to sign-in) and prints
-- them at the end; this needs each body handed to Lua, which slows wrk down, so the measured runs
-- go without it and a separate run checks the statuses.

local threads = {}
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("index", counter)
   table.insert(threads, thread)
end

local requests = {}
local position = 1
-- Globals, so that done() can read them from each thread (thread:get).
statuses = {}
bad = 0

function init(args)
   local file = args[1]
   assert(file, "usage: wrk ... -s mix.lua URL -- requests.tsv [statuses]")
   for line in io.lines(file) do
      local path, cookie, htmx = line:match("^([^\t]+)\t([^\t]*)\t([01])$")
      assert(path, "bad line in " .. file .. ": " .. line)
      local headers = { ["Cookie"] = cookie }
      if htmx == "1" then
         headers["HX-Request"] = "true"
      end
      requests[#requests + 1] = wrk.format("GET", path, headers)
   end
   local part = math.floor(#requests / 8)
   position = ((index - 1) * part) % #requests + 1
   if args[2] == "statuses" then
      response = function(status, headers, body)
         if status < 200 or status > 299 then
            bad = bad + 1
            statuses[status] = (statuses[status] or 0) + 1
         end
      end
   end
end

function request()
   local r = requests[position]
   position = position + 1
   if position > #requests then
      position = 1
   end
   return r
end

function done(summary, latency, requests)
   local total = 0
   local seen = {}
   for _, thread in ipairs(threads) do
      total = total + (thread:get("bad") or 0)
      local codes = thread:get("statuses") or {}
      for code, count in pairs(codes) do
         seen[code] = (seen[code] or 0) + count
      end
   end
   local parts = {}
   for code, count in pairs(seen) do
      parts[#parts + 1] = code .. "=" .. count
   end
   local detail = #parts > 0 and (" (" .. table.concat(parts, ", ") .. ")") or ""
   io.write(string.format("Answers outside 2xx: %d%s\n", total, detail))
end
