"""The sandbox's own small HTTP/1.1 server on asyncio streams.

Just what the sandbox needs, in the standard library: requests with a
Content-Length or chunked body, keep-alive and pipelining, HEAD, and a
JSON `{"message", "code"}` answer (or a closed connection) for every
request it cannot read. Each step is its own module: `head` reads the
request line and headers, `body` the body, `routing` finds the handler,
`wire` writes the answer and `connection` runs one client's requests.
"""
