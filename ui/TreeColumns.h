#pragma once
// The object tree's columns as a reader wants them: the Type column shows the
// class name first and its module after it, dimmer (a long module path is
// what gets cut, never the class); the Key column is as wide as the keys
// shown (indentation included), up to a share of the view, and grows when a
// deeper branch is expanded; a cut key has its full path as tooltip.

class QTreeView;

namespace skopos::ui {

// Once, after setModel: delegates, resize modes, indentation.
void setUpTreeColumns(QTreeView* view);
// When a document has been put in and expanded: fit Key and Type to the rows shown.
void fitTreeColumns(QTreeView* view);

} // namespace skopos::ui
