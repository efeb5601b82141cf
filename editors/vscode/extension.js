// Starts `northstar lsp` for .northstar files. Everything else (diagnostics, completion, hover,
// quick fixes, rename, outline, formatting, semantic tokens) comes from the language server.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration('northstar').get('command', 'northstar');
  const server = { command, args: ['lsp'] };
  client = new LanguageClient('northstar', 'North Star', { run: server, debug: server }, {
    documentSelector: [{ scheme: 'file', language: 'northstar' }],
    synchronize: {
      // rule profiles change severities; models in other files change names in scope
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.northstar,northstar-rules.properties}')
    }
  });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
