-- Drives the httplens language server from a headless Neovim 0.7: attach, wait for
-- diagnostics, ask for a hover and a completion, write what came back as JSON.
local common = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h') .. '/common.lua')
local server = common.server
local result = { diagnostics = {}, hover = vim.NIL, completion = {} }

local function finish(code)
  common.finish(result, code)
end

local got_diagnostics = false
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
  if res and res.uri == vim.uri_from_bufnr(0) and #res.diagnostics > 0 then
    for _, d in ipairs(res.diagnostics) do
      table.insert(result.diagnostics, { code = d.code, line = d.range.start.line, message = d.message })
    end
    got_diagnostics = true
  end
  return default_handler(err, res, ctx, config)
end

local client_id = vim.lsp.start_client({
  name = 'httplens',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
})
if not client_id then finish(2) return end
vim.lsp.buf_attach_client(0, client_id)

if not vim.wait(15000, function() return got_diagnostics end, 50) then finish(3) return end
local client = vim.lsp.get_client_by_id(client_id)
local uri = vim.uri_from_bufnr(0)

local hover_line = tonumber(os.getenv('HTTPLENS_HOVER_LINE'))
local hover = client.request_sync('textDocument/hover', { textDocument = { uri = uri }, position = { line = hover_line, character = 2 } }, 5000, 0)
if hover and hover.result then result.hover = hover.result.contents.value end

local completion_line = tonumber(os.getenv('HTTPLENS_COMPLETION_LINE'))
if completion_line then
  local c = client.request_sync('textDocument/completion', { textDocument = { uri = uri }, position = { line = completion_line, character = 3 } }, 5000, 0)
  if c and c.result then
    local items = c.result.items or c.result
    for _, item in ipairs(items) do table.insert(result.completion, item.label) end
  end
end
finish(0)
