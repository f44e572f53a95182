-- What both scripts share: where to write, the server to start, and how to end.
local M = { out_path = os.getenv('HTTPLENS_OUT'), server = os.getenv('HTTPLENS_SERVER') }

--- Writes `result` as JSON for run.mjs and quits Neovim with `code` (0: success).
function M.finish(result, code)
  local f = io.open(M.out_path, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  if code == 0 then vim.cmd('qall!') else vim.cmd('cquit ' .. code) end
end

return M
