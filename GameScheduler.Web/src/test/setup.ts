import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A busy two-core machine can take seconds to render MUI forms; waits stay bounded all the same.
configure({ asyncUtilTimeout: 5000 });

afterEach(cleanup);
