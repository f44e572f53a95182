-- Drives the httplens language server from a headless Neovim 0.7 through an editing session:
-- Chinese messages (settings), an environment chosen at start (init_options), a hover on a
-- variable, the outline, a quick fix applied, formatting applied, and the diagnostics after an
-- edit of the buffer. Writes what came back as JSON for run.mjs to check.
local common = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h') .. '/common.lua')
local server = common.server
local result = { first = {}, hover = vim.NIL, symbols = {}, actions = {}, after_fix = {}, formatted = {}, after_edit = {} }

local function finish(code)
  common.finish(result, code)
end

-- Every publication for this buffer, newest last.
local published = {}
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
  if res and res.uri == vim.uri_from_bufnr(0) then table.insert(published, res.diagnostics) end
  return default_handler(err, res, ctx, config)
end

local function codes_of(diagnostics)
  local out = {}
  for _, d in ipairs(diagnostics) do table.insert(out, { code = d.code, line = d.range.start.line, message = d.message }) end
  return out
end

local client_id = vim.lsp.start_client({
  name = 'httplens',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
  init_options = { environment = 'dev' },
  settings = { httplens = { locale = 'zh-CN' } },
  -- Neovim 0.7 answers workspace/configuration but does not say it can, so the server is not asked; like
  -- nvim-lspconfig, the settings are pushed once the client is initialized
  on_init = function(client)
    client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
  end,
})
if not client_id then finish(2) return end
vim.lsp.buf_attach_client(0, client_id)
local bufnr = vim.api.nvim_get_current_buf()

local function wait_for(pred)
  return vim.wait(15000, function()
    local last = published[#published]
    return last ~= nil and pred(last)
  end, 50)
end

local function has_code(diagnostics, code)
  for _, d in ipairs(diagnostics) do if d.code == code then return true end end
  return false
end

if not wait_for(function(ds) return has_code(ds, 'HTTP3001') end) then finish(3) return end
result.first = codes_of(published[#published])
local client = vim.lsp.get_client_by_id(client_id)
local uri = vim.uri_from_bufnr(0)
local doc = { uri = uri }

-- hover on {{host}} in the URL of the first request (line 3, inside the braces)
local hover = client.request_sync('textDocument/hover', { textDocument = doc, position = { line = 3, character = 12 } }, 5000, bufnr)
if hover and hover.result then result.hover = hover.result.contents.value end

local symbols = client.request_sync('textDocument/documentSymbol', { textDocument = doc }, 5000, bufnr)
if symbols and symbols.result then
  for _, s in ipairs(symbols.result) do table.insert(result.symbols, s.name) end
end

-- the quick fix for the misspelled field name, applied to the buffer
local misspelled
for _, d in ipairs(published[#published]) do if d.code == 'HTTP3001' then misspelled = d end end
local actions = client.request_sync('textDocument/codeAction', {
  textDocument = doc,
  range = misspelled.range,
  context = { diagnostics = { misspelled } },
}, 5000, bufnr)
local fix
for _, a in ipairs((actions and actions.result) or {}) do
  table.insert(result.actions, a.title)
  if not fix and a.edit and a.edit.changes and a.edit.changes[uri] then fix = a end
end
if not fix then finish(4) return end
vim.lsp.util.apply_text_edits(fix.edit.changes[uri], bufnr, 'utf-16')
if not wait_for(function(ds) return not has_code(ds, 'HTTP3001') end) then finish(5) return end
result.after_fix = codes_of(published[#published])

-- formatting, applied
local edits = client.request_sync('textDocument/formatting', { textDocument = doc, options = { tabSize = 2, insertSpaces = true } }, 5000, bufnr)
if edits and edits.result then vim.lsp.util.apply_text_edits(edits.result, bufnr, 'utf-16') end
result.formatted = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)

-- an edit that introduces a problem: a body on GET without Content-Type is fine, a bad header line is not
local count = #published
vim.api.nvim_buf_set_lines(bufnr, 4, 4, false, { 'Max-Forwards: many' })
if not vim.wait(15000, function() return #published > count and has_code(published[#published], 'HTTP0506') end, 50) then finish(6) return end
result.after_edit = codes_of(published[#published])
finish(0)
