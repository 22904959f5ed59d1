#include "pickle/CompatNames.h"

#include <string_view>

namespace skopos::pickle {

namespace {
struct Rename {
    std::string_view from, to;
};
struct GlobalRename {
    std::string_view module, name, toModule, toName;
};

// Single globals that moved (checked first, as Python does).
constexpr GlobalRename kGlobals[] = {
    {"__builtin__", "basestring", "builtins", "str"},
    {"__builtin__", "unicode", "builtins", "str"},
    {"__builtin__", "long", "builtins", "int"},
    {"__builtin__", "xrange", "builtins", "range"},
    {"__builtin__", "unichr", "builtins", "chr"},
    {"__builtin__", "reduce", "functools", "reduce"},
    {"__builtin__", "intern", "sys", "intern"},
    {"exceptions", "StandardError", "builtins", "Exception"},
    {"itertools", "imap", "builtins", "map"},
    {"itertools", "izip", "builtins", "zip"},
    {"itertools", "ifilter", "builtins", "filter"},
    {"itertools", "ifilterfalse", "itertools", "filterfalse"},
    {"itertools", "izip_longest", "itertools", "zip_longest"},
    {"UserDict", "IterableUserDict", "collections", "UserDict"},
    {"UserDict", "UserDict", "collections", "UserDict"},
    {"UserList", "UserList", "collections", "UserList"},
    {"UserString", "UserString", "collections", "UserString"},
    {"whichdb", "whichdb", "dbm", "whichdb"},
    {"_socket", "fromfd", "socket", "fromfd"},
    {"socket", "_socketobject", "socket", "SocketType"},
    {"_multiprocessing", "Connection", "multiprocessing.connection", "Connection"},
    {"multiprocessing.process", "Process", "multiprocessing.context", "Process"},
    {"multiprocessing.forking", "Popen", "multiprocessing.popen_fork", "Popen"},
    {"multiprocessing", "AuthenticationError", "multiprocessing.context", "AuthenticationError"},
    {"multiprocessing", "BufferTooShort", "multiprocessing.context", "BufferTooShort"},
    {"multiprocessing", "ProcessError", "multiprocessing.context", "ProcessError"},
    {"multiprocessing", "TimeoutError", "multiprocessing.context", "TimeoutError"},
    {"urllib", "urlopen", "urllib.request", "urlopen"},
    {"urllib", "urlretrieve", "urllib.request", "urlretrieve"},
    {"urllib", "urlcleanup", "urllib.request", "urlcleanup"},
    {"urllib", "getproxies", "urllib.request", "getproxies"},
    {"urllib", "pathname2url", "urllib.request", "pathname2url"},
    {"urllib", "url2pathname", "urllib.request", "url2pathname"},
    {"urllib", "quote", "urllib.parse", "quote"},
    {"urllib", "quote_plus", "urllib.parse", "quote_plus"},
    {"urllib", "unquote", "urllib.parse", "unquote"},
    {"urllib", "unquote_plus", "urllib.parse", "unquote_plus"},
    {"urllib", "urlencode", "urllib.parse", "urlencode"},
    {"urllib", "ContentTooShortError", "urllib.error", "ContentTooShortError"},
    {"urllib2", "HTTPError", "urllib.error", "HTTPError"},
    {"urllib2", "URLError", "urllib.error", "URLError"},
};

// Whole modules that were renamed.
constexpr Rename kModules[] = {
    {"__builtin__", "builtins"},
    {"exceptions", "builtins"},
    {"copy_reg", "copyreg"},
    {"cPickle", "pickle"},
    {"commands", "subprocess"},
    {"thread", "_thread"},
    {"dummy_thread", "_dummy_thread"},
    {"Queue", "queue"},
    {"repr", "reprlib"},
    {"ConfigParser", "configparser"},
    {"SocketServer", "socketserver"},
    {"StringIO", "io"},
    {"cStringIO", "io"},
    {"UserDict", "collections"},
    {"UserList", "collections"},
    {"UserString", "collections"},
    {"_abcoll", "collections.abc"},
    {"_elementtree", "xml.etree.ElementTree"},
    {"markupbase", "_markupbase"},
    {"_winreg", "winreg"},
    {"test.test_support", "test.support"},
    // network
    {"httplib", "http.client"},
    {"BaseHTTPServer", "http.server"},
    {"SimpleHTTPServer", "http.server"},
    {"CGIHTTPServer", "http.server"},
    {"Cookie", "http.cookies"},
    {"cookielib", "http.cookiejar"},
    {"urllib2", "urllib.request"},
    {"urlparse", "urllib.parse"},
    {"robotparser", "urllib.robotparser"},
    {"xmlrpclib", "xmlrpc.client"},
    {"SimpleXMLRPCServer", "xmlrpc.server"},
    {"DocXMLRPCServer", "xmlrpc.server"},
    {"HTMLParser", "html.parser"},
    {"htmlentitydefs", "html.entities"},
    // databases
    {"anydbm", "dbm"},
    {"whichdb", "dbm"},
    {"dbm", "dbm.ndbm"},
    {"gdbm", "dbm.gnu"},
    {"dumbdbm", "dbm.dumb"},
    {"dbhash", "dbm.bsd"},
    // Tk
    {"Tkinter", "tkinter"},
    {"Tkconstants", "tkinter.constants"},
    {"Tkdnd", "tkinter.dnd"},
    {"Tix", "tkinter.tix"},
    {"ttk", "tkinter.ttk"},
    {"Dialog", "tkinter.dialog"},
    {"FileDialog", "tkinter.filedialog"},
    {"tkFileDialog", "tkinter.filedialog"},
    {"ScrolledText", "tkinter.scrolledtext"},
    {"SimpleDialog", "tkinter.simpledialog"},
    {"tkSimpleDialog", "tkinter.simpledialog"},
    {"tkColorChooser", "tkinter.colorchooser"},
    {"tkCommonDialog", "tkinter.commondialog"},
    {"tkFont", "tkinter.font"},
    {"tkMessageBox", "tkinter.messagebox"},
};
} // namespace

bool mapPython2Global(std::string& module, std::string& name)
{
    for (const auto& g : kGlobals)
        if (module == g.module && name == g.name) {
            module = g.toModule;
            name = g.toName;
            return true;
        }
    for (const auto& m : kModules)
        if (module == m.from) {
            module = m.to;
            return true;
        }
    return false;
}

} // namespace skopos::pickle
