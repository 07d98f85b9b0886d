// The graph layout off the main thread (see graph/arrange.ts): one request, one answer.
import { answerLayoutRequest, type LayoutRequest } from './layoutRequest';

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const answer = answerLayoutRequest(e.data);
  self.postMessage(answer, { transfer: answer.ok ? [answer.xy.buffer as ArrayBuffer] : [] });
};
