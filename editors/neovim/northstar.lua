-- North Star language server for Neovim 0.8+ (put it in init.lua, or source it from there).
-- Set `cmd` to the archive's `northstar` or the repository's ./northstar script (absolute path).
vim.filetype.add({ extension = { northstar = 'northstar' } })

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'northstar',
  callback = function(args)
    vim.lsp.start({
      name = 'northstar',
      cmd = { 'northstar', 'lsp' },
      root_dir = vim.fs.dirname(vim.fs.find({ '.git', '.project', 'northstar-rules.properties' },
        { upward = true, path = vim.api.nvim_buf_get_name(args.buf) })[1]),
    })
  end,
})
