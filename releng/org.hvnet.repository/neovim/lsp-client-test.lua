-- The language server driven by a real third-party LSP client: Neovim's built-in one (vim.lsp, Neovim 0.7 or
-- later), headless. The build runs it on the hvnet product (releng/org.hvnet.repository/pom.xml):
--   HVNET_COMMAND=./hvnet HVNET_LSP_WORKSPACE=DIR nvim --headless --clean -n -c 'luafile lsp-client-test.lua'
-- DIR holds a copy of examples/article.hvnet. Every step prints "ok - STEP"; the first failure prints
-- "not ok - STEP: why" and ends Neovim with exit code 1 (2 when the whole test takes longer than five minutes).

local workspace = assert(os.getenv('HVNET_LSP_WORKSPACE'), 'HVNET_LSP_WORKSPACE is not set')
local command = assert(os.getenv('HVNET_COMMAND'), 'HVNET_COMMAND is not set')
local file = workspace .. '/article.hvnet'
local patience = 60000

local function say(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end

local function check(condition, step, why)
  if not condition then
    say('not ok - ' .. step .. (why and (': ' .. why) or ''))
    vim.cmd('cquit 1')
  end
  say('ok - ' .. step)
end

vim.defer_fn(function()
  say('not ok - the test took longer than five minutes')
  vim.cmd('cquit 2')
end, 300000)

local function main()
  vim.cmd('edit ' .. file)
  local buffer = vim.api.nvim_get_current_buf()

  local published = {}
  local client_id = vim.lsp.start_client({
    name = 'hvnet',
    cmd = { command, 'lsp', '--stdio' },
    root_dir = workspace,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result and vim.uri_to_fname(result.uri) == file then
          published = result.diagnostics
        end
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
  })
  check(client_id ~= nil, 'the client starts hvnet lsp --stdio')
  vim.lsp.buf_attach_client(buffer, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  check(vim.wait(patience, function() return client.server_capabilities ~= nil end, 50), 'initialize')
  local capabilities = client.server_capabilities
  check(capabilities.hoverProvider and capabilities.renameProvider and capabilities.codeActionProvider
    and capabilities.documentFormattingProvider and capabilities.completionProvider, 'the server advertises what the test uses')

  local function line_of(text)
    for number, line in ipairs(vim.api.nvim_buf_get_lines(buffer, 0, -1, false)) do
      local column = line:find(text, 1, true)
      if column then
        return number - 1, column - 1
      end
    end
    error('no line holds ' .. text)
end

local function request(method, params)
  local answer, failure = client.request_sync(method, params, patience, buffer)
  if not answer then
    return nil, failure
  end
  if answer.err then
    return nil, vim.inspect(answer.err)
  end
  return answer.result
end

local function at(text, offset)
  local line, column = line_of(text)
  return { textDocument = { uri = vim.uri_from_bufnr(buffer) }, position = { line = line, character = column + (offset or 0) } }
end

local function has_rule(rule)
  for _, diagnostic in ipairs(published) do
    if diagnostic.code == rule then
      return diagnostic
    end
  end
  return nil
end

-- diagnostics, with the rule id as the code
check(vim.wait(patience, function() return has_rule('V-4') ~= nil end, 50), 'diagnostics: V-4 on the article',
  vim.inspect(published))

-- completion after "on " proposes the host's switches
local completion, why = request('textDocument/completion', at('vm Web01 { nic eth0 on ', #'vm Web01 { nic eth0 on '))
local labels = {}
for _, item in ipairs(completion and (completion.items or completion) or {}) do
  labels[item.label] = true
end
check(labels['Lab'] and labels['Isolated'], 'completion proposes the switches Lab and Isolated', why or vim.inspect(labels))

-- hover on a VM shows its simulated address
local hover
hover, why = request('textDocument/hover', at('vm Web01', #'vm We'))
local shown = hover and hover.contents and (hover.contents.value or hover.contents) or ''
check(type(shown) == 'string' and shown:find('Web01.eth0  10.0.0.100/24', 1, true), 'hover shows the simulated address',
  why or vim.inspect(hover))

-- definition of a switch reference
local definition
definition, why = request('textDocument/definition', at('vm Web01 { nic eth0 on Lab', #'vm Web01 { nic eth0 on L'))
local switch_line = line_of('switch Lab internal')
check(definition and #definition == 1 and definition[1].range.start.line == switch_line,
  'definition jumps to switch Lab', why or vim.inspect(definition))

-- references of the switch
local params = at('switch Lab internal', #'switch L')
params.context = { includeDeclaration = false }
local references
references, why = request('textDocument/references', params)
check(references and #references == 2, 'references: the two NICs on Lab', why or vim.inspect(references))

-- rename the private switch, applied by Neovim
local rename
rename, why = request('textDocument/rename', vim.tbl_extend('force', at('switch Isolated private', #'switch I'), { newName = 'Quarantine' }))
check(rename ~= nil, 'rename answers', why)
vim.lsp.util.apply_workspace_edit(rename, client.offset_encoding)
local text = table.concat(vim.api.nvim_buf_get_lines(buffer, 0, -1, false), '\n')
check(text:find('switch Quarantine private', 1, true) and text:find('nic eth0 on Quarantine', 1, true)
  and not text:find('Isolated', 1, true), 'rename renames the switch and its reference', text)

-- formatting of a line typed carelessly
vim.api.nvim_buf_set_lines(buffer, -1, -1, false, { 'expect   reach   Web01    ->   DC01' })
local edits
edits, why = request('textDocument/formatting', { textDocument = { uri = vim.uri_from_bufnr(buffer) },
  options = { tabSize = 4, insertSpaces = true } })
check(edits and #edits > 0, 'formatting answers edits', why or vim.inspect(edits))
vim.lsp.util.apply_text_edits(edits, buffer, client.offset_encoding)
local last = vim.api.nvim_buf_get_lines(buffer, -2, -1, false)[1]
check(last == 'expect reach Web01 -> DC01', 'formatting lays the line out', last)

-- the V-4 quick fix, applied by Neovim, and the warning goes
check(vim.wait(patience, function() return has_rule('V-4') ~= nil end, 50), 'diagnostics after the edits')
local v4 = has_rule('V-4')
local actions
actions, why = request('textDocument/codeAction', { textDocument = { uri = vim.uri_from_bufnr(buffer) }, range = v4.range,
  context = { diagnostics = { v4 } } })
local fix
for _, action in ipairs(actions or {}) do
  if action.title == 'Move the static IPv4 settings to the host vNIC that the install creates (rule V-4)' then
    fix = action
  end
end
check(fix ~= nil, 'a code action is offered for V-4', why or vim.inspect(actions))
vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
text = table.concat(vim.api.nvim_buf_get_lines(buffer, 0, -1, false), '\n')
check(text:find('host-vnic "Local Area Connection 3" { ipv4 static 192.168.1.10/24', 1, true), 'the quick fix edits the buffer', text)
check(vim.wait(patience, function() return #published > 0 and has_rule('V-4') == nil end, 50), 'V-4 is gone after the fix',
  vim.inspect(published))

client.stop()
check(vim.wait(patience, function() return client.is_stopped() end, 50), 'shutdown and exit')
end

local ok, failure = xpcall(main, debug.traceback)
if not ok then
  say('not ok - ' .. tostring(failure))
  vim.cmd('cquit 1')
end
vim.cmd('qall!')
