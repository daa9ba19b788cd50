-- The request mix of bench/load.py for wrk (Debian's `wrk`, LuaJIT scripting).
--
--   wrk -t1 -c200 -d20s --latency -s bench/load_wrk.lua http://127.0.0.1:8000 -- MIX_FILE SEED
--
-- MIX_FILE holds one request a line: "weight<TAB>path[<TAB>etag]" (an etag makes the request
-- revalidate with If-None-Match: the cached, 304 path). Every request is built once, in
-- init(); request() only picks one by weight, so the client costs a few microseconds a
-- request. done() prints one line "WRK_JSON {...}" with the counts and latency percentiles
-- (microseconds) that bench/load_wrk.py reads.

local pool = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  local seed = tonumber(args[2] or "1") * 1000 + (id or 0)
  math.randomseed(seed)
  for line in io.lines(args[1]) do
    local weight, path, etag = line:match("^(%d+)\t([^\t]+)\t?(.*)$")
    if weight then
      local headers = {["Accept-Encoding"] = "gzip"}
      if etag ~= "" then headers["If-None-Match"] = etag end
      local req = wrk.format("GET", path, headers)
      for _ = 1, tonumber(weight) do pool[#pool + 1] = req end
    end
  end
  if #pool == 0 then error("no requests in " .. tostring(args[1])) end
end

function request()
  return pool[math.random(#pool)]
end

function done(summary, latency, requests)
  local e = summary.errors
  local p = {}
  for _, q in ipairs({50, 90, 95, 99, 99.9}) do
    p[#p + 1] = string.format('"%s": %d', tostring(q), latency:percentile(q))
  end
  io.write(string.format(
    'WRK_JSON {"duration_us": %d, "requests": %d, "bytes": %d, "connect": %d, "read": %d, ' ..
    '"write": %d, "status": %d, "timeout": %d, "max_us": %d, "mean_us": %.1f, "percentiles_us": {%s}}\n',
    summary.duration, summary.requests, summary.bytes, e.connect, e.read, e.write, e.status,
    e.timeout, latency.max, latency.mean, table.concat(p, ", ")))
end
