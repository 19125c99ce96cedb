// Parses the input as an XML document into a tree, as a program reading untrusted XML does:
// no network, no external DTD or entity is ever loaded, errors are not printed.
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <stdint.h>
#include <stddef.h>
static void ignore(void* ctx, const char* msg, ...) { (void)ctx, (void)msg; }
static xmlParserInputPtr no_entity(const char* url, const char* id, xmlParserCtxtPtr ctxt) {
    (void)url, (void)id, (void)ctxt;
    return NULL;
}
int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static int initialized;
    if (!initialized) {
        xmlInitParser();
        xmlSetGenericErrorFunc(NULL, ignore);
        xmlSetExternalEntityLoader(no_entity);
        initialized = 1;
    }
    xmlDocPtr doc = xmlReadMemory((const char*)data, (int)size, "input.xml", NULL,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlFreeDoc(doc);
    return 0;
}
