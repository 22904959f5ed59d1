#include "tree/Limits.h"

namespace skopos {
const Limits& Limits::defaults()
{
    static const Limits limits;
    return limits;
}
} // namespace skopos
