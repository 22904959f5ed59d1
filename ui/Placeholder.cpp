// placeholder until the UI lands
namespace skopos {}
