-- A real LSP client for `configlint lsp`: headless Neovim (0.7.2's vim.lsp.start_client; no vim.lsp.start there).
-- Opens CONFIGLINT_LSP_FILE, waits for the server's first publishDiagnostics for it, writes one line per diagnostic
-- to CONFIGLINT_LSP_OUT ("CL1003 1 14": code, 0-based line, UTF-16 character), then stops the server and quits.
-- Run: CONFIGLINT_LSP_CMD=/path/to/configlint CONFIGLINT_LSP_FILE=emqx.conf CONFIGLINT_LSP_OUT=out.txt \
--      nvim --headless -u NONE -c "luafile tests/lsp/nvim-client.lua"
local cmd = os.getenv("CONFIGLINT_LSP_CMD")
local file = os.getenv("CONFIGLINT_LSP_FILE")
local out_path = os.getenv("CONFIGLINT_LSP_OUT")
local timeout_ms = tonumber(os.getenv("CONFIGLINT_LSP_TIMEOUT_MS") or "30000")

local function finish(lines, code)
  local out = assert(io.open(out_path, "w"))
  for _, line in ipairs(lines) do
    out:write(line, "\n")
  end
  out:close()
  vim.cmd((code == 0) and "qa!" or ("cquit " .. code))
end

if not (cmd and file and out_path) then
  io.stderr:write("set CONFIGLINT_LSP_CMD, CONFIGLINT_LSP_FILE and CONFIGLINT_LSP_OUT\n")
  vim.cmd("cquit 2")
  return
end

file = vim.fn.fnamemodify(file, ":p")
local uri = vim.uri_from_fname(file)
local received = nil

local client_id = vim.lsp.start_client({
  name = "configlint",
  cmd = { cmd, "lsp" },
  root_dir = vim.fn.fnamemodify(file, ":h"),
  handlers = {
    ["textDocument/publishDiagnostics"] = function(_, result, ctx, config)
      if result and result.uri == uri and received == nil then
        received = result.diagnostics
      end
      return vim.lsp.diagnostic.on_publish_diagnostics(_, result, ctx, config)
    end,
  },
})
if not client_id then
  finish({ "ERROR could not start " .. cmd }, 1)
  return
end

vim.cmd("edit " .. vim.fn.fnameescape(file))
vim.lsp.buf_attach_client(0, client_id)

if not vim.wait(timeout_ms, function() return received ~= nil end, 50) then
  finish({ "ERROR no diagnostics in " .. timeout_ms .. " ms" }, 1)
  return
end

local lines = {}
for _, d in ipairs(received) do
  table.insert(lines, string.format("%s %d %d", d.code, d.range.start.line, d.range.start.character))
end
local client = vim.lsp.get_client_by_id(client_id)
client.stop()
vim.wait(5000, function() return client.is_stopped() end, 50)
finish(lines, 0)
