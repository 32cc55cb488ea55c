import { createTheme } from '@mui/material';

export const theme = createTheme({
  colorSchemes: { light: true, dark: true },
  palette: { primary: { main: '#5865f2' } },
});
