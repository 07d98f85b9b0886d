// The graph layout off the main thread (see graph/arrange.ts): one request, one answer.
import { answerLayoutRequest, type LayoutRequest } from './layoutRequest';

self.onmessage = (e: MessageEvent<LayoutRequest>) => self.postMessage(answerLayoutRequest(e.data));
