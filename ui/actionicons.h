#pragma once

#include <QIcon>
#include <QString>

namespace numdesk {

// The icon of an action: the freedesktop theme's icon `themeName` when the theme has one, else
// the bundled line icon (:/numdesk/actions/<themeName>.svg) drawn in the application palette's
// text colour at paint time, so it stays visible on light and dark palettes and sharp at any
// device pixel ratio. Disabled icons take the Disabled group's colour.
QIcon actionIcon(const QString &themeName);

// The bundled SVG of `themeName` (empty when none is bundled).
QString bundledActionIconPath(const QString &themeName);

} // namespace numdesk
