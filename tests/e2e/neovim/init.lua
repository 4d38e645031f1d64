-- Headless Neovim 0.7 client for the CodingDsl language server (recipe: shared/design/REAL-CLIENTS.md).
-- The server command comes from $CODINGDSL_LSP_CMD (a JSON array); results go to $CODINGDSL_NVIM_RESULTS.
-- 0.7 has no vim.lsp.start: vim.lsp.start_client + vim.lsp.buf_attach_client.
vim.cmd([[autocmd BufRead,BufNewFile *.coding setfiletype codingdsl]])

local results = {}
local function record(name, ok, detail)
  table.insert(results, { name = name, ok = ok, detail = detail or "" })
end

local function code_of(d)
  local lsp = d.user_data and d.user_data.lsp
  return (lsp and lsp.code) or d.code
end

local function with_code(bufnr, code)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == code then table.insert(found, d) end
  end
  return found
end

local function write_results()
  local file = assert(io.open(os.getenv("CODINGDSL_NVIM_RESULTS"), "w"))
  file:write(vim.fn.json_encode(results))
  file:close()
end

function Probe()
  local ok, err = pcall(function()
    local bufnr = vim.api.nvim_get_current_buf()
    record("filetype is codingdsl", vim.bo[bufnr].filetype == "codingdsl", vim.bo[bufnr].filetype)

    local client_id = vim.lsp.start_client({
      name = "codingdsl",
      cmd = vim.fn.json_decode(os.getenv("CODINGDSL_LSP_CMD")),
      root_dir = vim.fn.getcwd(),
    })
    record("the server starts", client_id ~= nil)
    vim.lsp.buf_attach_client(bufnr, client_id)

    local got = vim.wait(60000, function() return #with_code(bufnr, "CDSL0304") > 0 end, 100)
    record("IPG327 receives its diagnostics (CDSL0304 on snomed pending)", got,
      vim.inspect(vim.tbl_map(function(d) return code_of(d) .. " " .. d.message end, vim.diagnostic.get(bufnr))))
    local errors = vim.diagnostic.get(bufnr, { severity = vim.diagnostic.severity.ERROR })
    record("IPG327 has no errors", #errors == 0, vim.inspect(vim.tbl_map(function(d) return d.message end, errors)))

    -- Delete the `opcs Y53.- … or Y68.- …` statement: the image-control rule must fire.
    local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
    for i, line in ipairs(lines) do
      if line:find("opcs Y53.-", 1, true) then
        vim.api.nvim_buf_set_lines(bufnr, i - 1, i + 1, false, {})
        break
      end
    end
    got = vim.wait(30000, function() return #with_code(bufnr, "CDSL0501") > 0 end, 100)
    local d = with_code(bufnr, "CDSL0501")[1]
    record("deleting Y53/Y68 gives CDSL0501 as an error", got and d.severity == vim.diagnostic.severity.ERROR,
      d and (d.message .. " line " .. (d.lnum + 1)) or "no CDSL0501")

    vim.lsp.stop_client(client_id)
  end)
  if not ok then record("the probe ran without a Lua error", false, tostring(err)) end
  pcall(write_results)
  vim.cmd("qa!")
end
