#pragma once
// Object-dtype arrays store their elements as a pickle (numpy.lib.format
// writes pickle.dump(array) after the header; np.load(allow_pickle=True) and
// joblib's old companion loader run it). Readers only locate that pickle
// (ArrayInfo::pickled); this pass reads each one with the pickle machine and
// hangs what it decoded, and the dangerous names it met, under the array, so
// the audit sees them: standalone .npy, .npz members, skops array members,
// old joblib companion files.

#include "tree/Document.h"
#include "tree/OpenOptions.h"

namespace skopos {

void scanObjectArrays(Document& doc, const OpenOptions& options = {});

} // namespace skopos
