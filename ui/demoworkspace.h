#pragma once

#include <QString>

/// The built-in demo workspace: the YAML files bundled under the ":/demo" resource.
namespace DemoWorkspace {
/// Copies the bundled files into `directory` (created when missing). Files that already exist
/// are left alone, so the user's edits to the demo survive. Returns an error message or empty.
QString install(const QString &directory);
/// The default writable location: AppDataLocation/demo-workspace.
QString defaultDirectory();
} // namespace DemoWorkspace
