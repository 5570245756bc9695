package no.followup.registry.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import no.followup.registry.api.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bounds every body (413 problem+json): one that declares a larger length is refused before it is
 * read; any other, chunked ones included, is counted as it is read and stopped at the limit, so no
 * caller can make the API hold more than the limit in memory.
 */
public final class BodySizeLimitFilter extends OncePerRequestFilter {

  private final RequestLimits limits;
  private final JsonMapper json;

  BodySizeLimitFilter(RequestLimits limits, JsonMapper json) {
    this.limits = limits;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > limits.maxBodyBytes()) {
      ProblemSecurityHandlers.write(json, response, tooLarge(limits.maxBodyBytes()));
      return;
    }
    chain.doFilter(new CountedBody(request, limits.maxBodyBytes()), response);
  }

  public static org.springframework.http.ProblemDetail tooLarge(long limit) {
    return Problems.of(
        HttpStatus.CONTENT_TOO_LARGE,
        "body-too-large",
        "Request body too large",
        "the body is larger than " + limit + " bytes; split the submission");
  }

  /** The request with a body stream that fails once more than {@code limit} bytes were read. */
  private static final class CountedBody extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream counted;

    CountedBody(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (counted == null) {
        counted = new CountingStream(super.getInputStream(), limit);
      }
      return counted;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  private static final class CountingStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long read;

    CountingStream(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLargeException {
      read += n;
      if (read > limit) {
        throw new BodyTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
