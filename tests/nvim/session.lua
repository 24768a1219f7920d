-- Headless Neovim (0.7) as a real LSP client of `shapescape serve`.
-- Driven by tests/test_server_nvim.py through environment variables:
--   SS_ROOT (workspace), SS_FILE (file to open), SS_PYTHON, SS_PYTHONPATH, SS_OUT (JSON written here).
-- It opens the file, waits for diagnostics, asks for a hover, edits the buffer (the
-- `delete` statement becomes an assignment), waits for the new diagnostics and writes
-- everything it saw to SS_OUT. Any failure ends with `cquit 1`.
local out = { steps = {} }

local function finish(code)
  local fh = io.open(vim.env.SS_OUT, "w")
  fh:write(vim.fn.json_encode(out))
  fh:close()
  if code == 0 then vim.cmd("qall!") else vim.cmd("cquit " .. code) end
end

local function diags(buf)
  local got = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or d.code
    table.insert(got, { code = code, lnum = d.lnum, col = d.col, severity = d.severity, message = d.message })
  end
  table.sort(got, function(a, b) return tostring(a.code) .. a.lnum < tostring(b.code) .. b.lnum end)
  return got
end

local function has_code(buf, code)
  for _, d in ipairs(diags(buf)) do
    if d.code == code then return true end
  end
  return false
end

local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({
    name = "shapescape",
    cmd = { vim.env.SS_PYTHON, "-m", "shapescape", "serve" },
    cmd_env = { PYTHONPATH = vim.env.SS_PYTHONPATH },
    root_dir = vim.env.SS_ROOT,
    init_options = { debounceMs = 0 },
  })
  assert(client_id, "the client did not start")
  vim.cmd("edit " .. vim.fn.fnameescape(vim.env.SS_FILE))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)

  assert(vim.wait(30000, function() return has_code(buf, "delete-property") end, 50),
         "no delete-property diagnostic arrived")
  out.first = diags(buf)
  table.insert(out.steps, "diagnostics")

  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 0, character = 12 } }
  local res = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 10000)
  assert(res and res[client_id] and res[client_id].result, "no hover answer")
  local contents = res[client_id].result.contents
  out.hover = type(contents) == "table" and (contents.value or vim.fn.json_encode(contents)) or contents
  table.insert(out.steps, "hover")

  -- line 2 (0-based 1) is `delete q.b;`: make it `q.b = "two";`
  local line = vim.api.nvim_buf_get_lines(buf, 1, 2, false)[1]
  assert(line == "delete q.b;", "unexpected line 2: " .. tostring(line))
  vim.api.nvim_buf_set_text(buf, 1, 0, 1, 10, { 'q.b = "two"' })
  assert(vim.wait(30000, function() return not has_code(buf, "delete-property") end, 50),
         "the diagnostics did not follow the edit")
  out.second = diags(buf)
  table.insert(out.steps, "edit")
  vim.lsp.stop_client(client_id)
end)

if not ok then
  out.error = tostring(err)
  finish(1)
else
  finish(0)
end
