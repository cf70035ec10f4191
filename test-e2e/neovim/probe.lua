-- Headless Neovim 0.7 as a plain LSP client of magnitsky-lint-server.
-- Usage: nvim --headless -u NONE -c "luafile probe.lua" BILL.md
-- Env: MLINT_SERVER (path to the server script), MLINT_OUT (where to write JSON results),
-- MLINT_LOCALE (optional: the magnitskyLint.locale setting, as a user sets it in init_options.settings).
local out = {}
local locale = os.getenv('MLINT_LOCALE')
local client = vim.lsp.start_client({
  cmd = { 'node', os.getenv('MLINT_SERVER'), '--stdio' },
  name = 'magnitsky-lint',
  root_dir = vim.fn.getcwd(),
  -- Neovim 0.7 neither answers workspace/configuration nor sends its settings by itself: settings go in init_options.
  init_options = locale and { settings = { locale = locale } } or nil,
})
vim.lsp.buf_attach_client(0, client)
out.got_diagnostics = vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 100)
out.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  table.insert(out.diagnostics, { line = d.lnum + 1, code = tostring(code), message = d.message })
end

-- Hover and code actions on the first "partly met" finding that has a line of its own.
local target
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  if tostring(code) == 'oversight.report' then target = d end
end
if target then
  local pos = { line = target.lnum, character = target.col }
  local uri = vim.uri_from_bufnr(0)
  local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', { textDocument = { uri = uri }, position = pos }, 10000)
  for _, r in pairs(hover or {}) do
    if r.result and r.result.contents then out.hover = r.result.contents.value or vim.inspect(r.result.contents) end
  end
  -- As vim.lsp.buf.code_action() does in 0.7: the line's diagnostics, back in LSP form.
  local line_diags = vim.lsp.diagnostic.get_line_diagnostics(0, target.lnum)
  local actions = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = pos, ['end'] = pos },
    context = { diagnostics = line_diags },
  }, 10000)
  out.actions = {}
  for _, r in pairs(actions or {}) do
    for _, a in ipairs(r.result or {}) do table.insert(out.actions, a.title) end
  end
end
local f = io.open(os.getenv('MLINT_OUT'), 'w')
f:write(vim.fn.json_encode(out))
f:close()
vim.cmd('qa!')
